package org.fascia.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks pure domain logic: no Spring, no SQL, no servlet API; plain data in, plain data out. An
 * ArchUnit rule keeps it that way, so these classes stay testable in milliseconds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
@Documented
public @interface Pure {

}
