/**
 * The conversation runtime: runs a versioned script for a chat (prompts with signed
 * buttons, validated answers, re-asks, actions), keeps its state per chat with optimistic
 * locking, and keeps published scripts with their versions.
 */
package org.peersupport.conversation;
