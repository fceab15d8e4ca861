/**
 * Onboarding of participants on the conversation runtime (consent, programme, waiting
 * list) and the participant commands: /start, /help, /menu, /language, /cancel, /mydata,
 * /forget.
 */
package org.peersupport.onboarding;
