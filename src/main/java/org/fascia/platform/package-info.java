/**
 * Shared web and persistence infrastructure every module may use: the page layout and error pages,
 * RFC 9457 problem responses for the API, request logging, and time conversions for JDBC.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.fascia.platform;
