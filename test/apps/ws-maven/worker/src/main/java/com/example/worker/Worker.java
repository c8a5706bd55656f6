package com.example.worker;

/** The reactor's other service, which the app's image must not contain. */
public final class Worker {
  private Worker() {}

  public static void main(String[] args) {
    System.out.println("worker done");
  }
}
