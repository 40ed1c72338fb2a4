/** The programme over plain HTTP: .ics calendars for calendar apps, which neither run Vaadin nor sign in. */
@NullMarked
package org.expodesk.programme.web;

import org.jspecify.annotations.NullMarked;
