package com.example.greet;

/** The reactor's shared library. */
public final class Greet {
  private Greet() {}

  public static String hello(String name) {
    return "hello from " + name;
  }
}
