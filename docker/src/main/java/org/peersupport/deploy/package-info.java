/**
 * What the container image needs beside the service's jar: its health check.
 */
package org.peersupport.deploy;
