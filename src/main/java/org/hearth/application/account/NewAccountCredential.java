package org.hearth.application.account;

import jakarta.security.enterprise.credential.Credential;

/**
 * Signs a person in with the account they have just created, in the same request. Their password
 * was hashed a moment ago; checking it again would take a second hashing slot and, when many
 * register at once, could time out and leave them registered but signed out. Only server code can
 * hand this to the authentication mechanism (through {@code SecurityContext.authenticate}); no
 * request can carry one.
 */
public record NewAccountCredential(SignedInUser user) implements Credential {}
