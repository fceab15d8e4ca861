/**
 * Reading YAML with source positions and checking it against the published JSON Schema.
 */
package org.peersupport.scripts.internal;
