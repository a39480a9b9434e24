/** The public face of the clinic: home page now; services, therapists, articles and FAQ to come. */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package org.fascia.site;
