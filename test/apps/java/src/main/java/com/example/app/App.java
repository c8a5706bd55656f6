package com.example.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Tiny JDK-only HTTP server: GET /health -> "ok", GET / -> "hello from java". */
public final class App {
  private App() {}

  public static HttpServer start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/health", ex -> reply(ex, 200, "ok"));
    server.createContext("/", ex -> {
      boolean root = ex.getRequestURI().getPath().equals("/");
      reply(ex, root ? 200 : 404, root ? "hello from java" : "not found");
    });
    server.start();
    return server;
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    start(port);
    System.out.println("listening on " + port);
  }
}
