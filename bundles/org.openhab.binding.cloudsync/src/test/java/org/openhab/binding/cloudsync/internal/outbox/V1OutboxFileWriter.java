/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.cloudsync.internal.outbox;

import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.StateChange;

/**
 * The {@link V1OutboxFileWriter} is a program that writes {@code src/test/resources/outbox/v1-outbox.mv.db}, a queue
 * stored by the
 * first outbox format (one {@code entries} record per change, an {@code items} index, {@code meta}), and
 * {@code v1-outbox.expected.txt}, what that outbox itself hands out when reopened: every waiting change with its
 * sequence number, in order, then the number of the next new change. The upgrade test opens the committed file
 * with the current code and compares. Run once, by hand, with the first format's classes ({@link V1DurableOutbox}):
 *
 * <pre>
 * java -cp target/test-classes:target/classes:... org.openhab.binding.cloudsync.internal.outbox.V1OutboxFileWriter
 *     src/test/resources/outbox
 * </pre>
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class V1OutboxFileWriter {

    static final String FILE = "v1-outbox.mv.db";
    static final String EXPECTED = "v1-outbox.expected.txt";
    private static final long T0 = 1_790_000_000_000L;

    private V1OutboxFileWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Path work = Files.createTempDirectory("v1-outbox");
        ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);
        OutboxSettings settings = new OutboxSettings(true, 1_000_000, 1L << 30, OverflowPolicy.DROP_OLDEST, 0, 10_000,
                10);

        V1DurableOutbox outbox = V1DurableOutbox.open(work, settings, false, scheduler);
        List<StateChange> changes = changes();
        changes.subList(0, 150).forEach(outbox::add);
        outbox.write();
        // the broker had some: acknowledged in order, one out of order, the rest failed and went back
        List<OutboxEntry> sent = outbox.take(60);
        sent.subList(0, 40).forEach(outbox::acknowledge);
        outbox.acknowledge(sent.get(45));
        outbox.acknowledge(sent.get(52));
        for (int i = 40; i < 60; i++) {
            if (i != 45 && i != 52) {
                outbox.release(sent.get(i));
            }
        }
        changes.subList(150, 250).forEach(outbox::add);
        outbox.write();
        // in flight at the stop: stored, sent again after the start
        outbox.take(30);
        // buffered at the stop: close() stores them
        changes.subList(250, changes.size()).forEach(outbox::add);
        outbox.close();
        Files.createDirectories(target);
        Files.copy(work.resolve(V1OutboxStore.FILE_NAME), target.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);

        // what the first format itself sends from that file
        V1DurableOutbox reopened = V1DurableOutbox.open(work, settings, false, scheduler);
        List<String> lines = new ArrayList<>();
        for (List<OutboxEntry> batch = reopened.take(100); !batch.isEmpty(); batch = reopened.take(100)) {
            for (OutboxEntry entry : batch) {
                lines.add(line(entry));
                reopened.acknowledge(entry);
            }
        }
        reopened.add(new StateChange("Next", null, "1", false, null, null, null, T0, null));
        lines.add("next\t" + reopened.take(1).get(0).seq());
        reopened.close();
        Files.write(target.resolve(EXPECTED), lines, StandardCharsets.UTF_8);
        V1DurableOutbox.delete(work);
        System.out.println(lines.size() - 1 + " changes written to " + target.resolve(FILE));
    }

    /** One change per line, tab-separated: seq and every field of the change, images in Base64. */
    static String line(OutboxEntry entry) {
        StateChange c = entry.change();
        StateChange.Image image = c.image();
        return String.join("\t", String.valueOf(entry.seq()), c.itemName(), String.valueOf(c.itemType()), c.state(),
                String.valueOf(c.undefined()), String.valueOf(c.value()), String.valueOf(c.unit()),
                String.valueOf(c.previousState()), String.valueOf(c.eventTime()),
                image == null ? "null" : image.mimeType(),
                image == null ? "null" : Base64.getEncoder().encodeToString(image.bytes()));
    }

    /** 300 changes of seven items, every kind of state the codec knows, at fixed times. */
    static List<StateChange> changes() {
        List<StateChange> changes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long time = T0 + i * 250L;
            changes.add(switch (i % 7) {
                case 0 -> new StateChange("Temperature_Living", "Number:Temperature", 20 + i / 10.0 + " °C", false,
                        new BigDecimal(20 + i / 10.0 + ""), "°C", 19 + i / 10.0 + " °C", time, null);
                case 1 -> new StateChange("Light_Kitchen", "Switch", i % 2 == 0 ? "ON" : "OFF", false, null, null, null,
                        time, null);
                case 2 -> new StateChange("Power_Meter", "Number", String.valueOf(i * 3), false,
                        BigDecimal.valueOf(i * 3L), null, null, time, null);
                case 3 -> new StateChange("Door_Front", "Contact", "UNDEF", true, null, null, "CLOSED", time, null);
                case 4 -> new StateChange("Message_Ünicode", "String", "Grüße № " + i + " ✓", false, null, null, null,
                        time, null);
                case 5 -> new StateChange("Camera_Garden", "Image", "", false, null, null, null, time,
                        new StateChange.Image(image(i), "image/png"));
                default ->
                    new StateChange("Anything_" + (i % 3), null, "state " + i, false, null, null, null, time, null);
            });
        }
        return changes;
    }

    private static byte[] image(int seed) {
        byte[] bytes = new byte[64 + seed];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return bytes;
    }
}
