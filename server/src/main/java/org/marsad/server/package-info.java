/**
 * {@code marsad serve}: the JSON HTTP API over a {@link org.marsad.store.Store} and the Arabic web app, on the JDK's
 * {@code com.sun.net.httpserver} (no framework). {@link org.marsad.server.MarsadServer} starts it;
 * {@link org.marsad.server.ApiRoutes} lists the endpoints, which {@code openapi.json} describes; the web app is
 * static files under {@code org/marsad/server/web/}, served by {@link org.marsad.server.StaticFiles}.
 */
package org.marsad.server;
