/**
 * User accounts, sign-in and who may do what. An account has roles and the events it works on, may
 * belong to a person, and remembers its language and current event. Passwords are hashed with bcrypt,
 * failed sign-ins are throttled per account and per client address, and disabling an account or
 * changing its roles ends its open sessions.
 */
@NullMarked
package org.expodesk.account;

import org.jspecify.annotations.NullMarked;
