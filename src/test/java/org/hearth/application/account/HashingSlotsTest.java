package org.hearth.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HashingSlotsTest {

  @Test
  void whenEverySlotIsTakenTheNextHashIsToldHearthIsBusyAndRunsOnceOneIsFree() throws Exception {
    HashingSlots slots = new HashingSlots(1, Duration.ZERO, 0);
    CountDownLatch letGo = new CountDownLatch(1);
    CompletableFuture<String> first = holdTheOnlySlot(slots, letGo);

    HashingBusy busy = assertThrows(HashingBusy.class, () -> slots.run(() -> "second"));
    assertEquals(HashingSlots.BUSY, busy.getMessage());

    letGo.countDown();
    assertEquals("first", first.get(10, TimeUnit.SECONDS));
    assertEquals("third", slots.run(() -> "third"), "a freed slot is taken again");
  }

  @Test
  void aSlotIsGivenBackEvenWhenTheHashFails() {
    HashingSlots slots = new HashingSlots(1, Duration.ZERO, 0);

    assertThrows(
        IllegalStateException.class,
        () ->
            slots.run(
                () -> {
                  throw new IllegalStateException("broken hash");
                }));

    assertEquals("after", slots.run(() -> "after"));
  }

  @Test
  void whenTheLineIsFullTheNextIsToldAtOnceWithoutWaitingTheBound() throws Exception {
    HashingSlots slots = new HashingSlots(1, Duration.ofMinutes(5), 1);
    CountDownLatch letGo = new CountDownLatch(1);
    CompletableFuture<String> first = holdTheOnlySlot(slots, letGo);
    CompletableFuture<String> waiting =
        CompletableFuture.supplyAsync(() -> slots.run(() -> "second"));
    while (!waiting.isDone() && slots.waiting() == 0) {
      Thread.onSpinWait(); // until the second stands in the line of one
    }

    long start = System.nanoTime();
    assertThrows(HashingBusy.class, () -> slots.run(() -> "third"));
    assertTrue(
        System.nanoTime() - start < TimeUnit.MINUTES.toNanos(1),
        "refused at once, not after the five-minute bound");

    letGo.countDown();
    assertEquals("first", first.get(10, TimeUnit.SECONDS));
    assertEquals("second", waiting.get(10, TimeUnit.SECONDS), "the one in line is served");
  }

  /** A hash that takes the only slot and keeps it until {@code letGo}; returns once it holds it. */
  @Test
  void perCoreHashesOnHalfTheCoresAtOnceAndTheNextWaitsItsTurn() throws Exception {
    int halfTheCores = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    HashingSlots slots = HashingSlots.perCore();
    ExecutorService threads = Executors.newFixedThreadPool(halfTheCores + 1);
    try {
      CountDownLatch letGo = new CountDownLatch(1);
      CountDownLatch inside = new CountDownLatch(halfTheCores);
      for (int i = 0; i < halfTheCores; i++) {
        threads.submit(
            () ->
                slots.run(
                    () -> {
                      inside.countDown();
                      await(letGo);
                      return "held";
                    }));
      }
      assertTrue(inside.await(10, TimeUnit.SECONDS), "every slot taken");
      CompletableFuture<String> next =
          CompletableFuture.supplyAsync(() -> slots.run(() -> "next"), threads);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!next.isDone() && slots.waiting() == 0 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }

      assertFalse(next.isDone(), "neither run at once nor refused: there is room in the line");
      assertEquals(1, slots.waiting());
      letGo.countDown();
      assertEquals("next", next.get(10, TimeUnit.SECONDS));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aRequestThreadBeingStoppedIsToldHearthIsBusyAndStaysInterrupted() {
    HashingSlots slots = new HashingSlots(1, Duration.ofSeconds(10), 0);
    Thread.currentThread().interrupt();

    assertThrows(HashingBusy.class, () -> slots.run(() -> "never"));

    assertTrue(Thread.interrupted(), "the container still sees it was interrupted");
    assertEquals("after", slots.run(() -> "after"), "and the slot was never taken");
  }

  private static CompletableFuture<String> holdTheOnlySlot(HashingSlots slots, CountDownLatch letGo)
      throws InterruptedException {
    CountDownLatch inside = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () ->
                slots.run(
                    () -> {
                      inside.countDown();
                      await(letGo);
                      return "first";
                    }));
    assertEquals(true, inside.await(10, TimeUnit.SECONDS), "the first hash holds the only slot");
    return first;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
