package org.hearth.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HashingSlotsTest {

  @Test
  void whenEverySlotIsTakenTheNextHashIsToldHearthIsBusyAndRunsOnceOneIsFree() throws Exception {
    HashingSlots slots = new HashingSlots(1, Duration.ZERO);
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch letGo = new CountDownLatch(1);
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

    HashingBusy busy = assertThrows(HashingBusy.class, () -> slots.run(() -> "second"));
    assertEquals(HashingSlots.BUSY, busy.getMessage());

    letGo.countDown();
    assertEquals("first", first.get(10, TimeUnit.SECONDS));
    assertEquals("third", slots.run(() -> "third"), "a freed slot is taken again");
  }

  @Test
  void aSlotIsGivenBackEvenWhenTheHashFails() {
    HashingSlots slots = new HashingSlots(1, Duration.ZERO);

    assertThrows(
        IllegalStateException.class,
        () ->
            slots.run(
                () -> {
                  throw new IllegalStateException("broken hash");
                }));

    assertEquals("after", slots.run(() -> "after"));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
