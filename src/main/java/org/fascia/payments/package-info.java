/**
 * Payments, for now prices and receipts only (issue 7, requirement 8): the front desk or the owner marks a visit
 * paid (cash, card or the card terminal; the amount defaults to the service's price), a correction is a void and a
 * new payment, never an edit; each payment has a receipt number, sequential for the clinic; the client gets the PDF
 * receipt by email and in the portal. Deposits and online card payments come later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments")
package org.fascia.payments;
