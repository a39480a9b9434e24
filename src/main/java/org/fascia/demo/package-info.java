/**
 * A realistic demo clinic for trying Fascia: started with {@code --demo} or FASCIA_DEMO=true on an
 * empty database. Uses only the other modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.fascia.demo;
