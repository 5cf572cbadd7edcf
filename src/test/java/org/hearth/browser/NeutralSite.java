package org.hearth.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in for the everyday site the quick exit opens (BBC Weather by default), on loopback, so
 * the test can see the browser arrive there without leaving this machine.
 */
final class NeutralSite implements AutoCloseable {

  static final String TITLE = "Neutral weather page";

  private final HttpServer server;

  NeutralSite(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body =
              ("<!DOCTYPE html><html lang=\"en\"><head><title>"
                      + TITLE
                      + "</title></head><body><main><h1>Today: mild</h1></main></body></html>")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
