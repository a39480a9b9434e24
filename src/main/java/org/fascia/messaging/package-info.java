/**
 * Email: a durable outbox written in the transaction of the change that causes the mail, and a
 * background worker that delivers it with retries and backoff. Other modules call
 * {@link org.fascia.messaging.MailOutbox}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
package org.fascia.messaging;
