package io.claimline.billing.account.api;

/**
 * How money came in or went out. A card payment is known by the processor's reference and the last four digits
 * only: a card number is never accepted, let alone stored. EFT and CHECK are also how payers pay (remittances).
 */
public enum PaymentMethod {
    CASH, CARD, CHECK, EFT
}
