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
package org.openhab.binding.cloudsync.internal.testutil;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link MqttPacket} is one MQTT 3.1.1 control packet as read from a TCP stream (fixed header, remaining
 * length, body), so that a proxy can look at what passes without understanding more than it needs: the packet
 * type, the QoS of a PUBLISH, the return code of a CONNACK and the fields of a CONNECT (MQTT 3.1.1 §2 and §3.1).
 *
 * @param header the first byte: type in the high nibble, flags in the low one
 * @param raw the whole packet as it came, to pass on unchanged
 * @param body the variable header and payload
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record MqttPacket(int header, byte[] raw, byte[] body) {

    public static final int CONNECT = 1;
    public static final int CONNACK = 2;
    public static final int PUBLISH = 3;

    /** The fields of a CONNECT that an authenticating broker looks at. */
    public record Connect(String protocolName, int level, int keepAliveSeconds, String clientId,
            @Nullable String userName, byte @Nullable [] password, @Nullable String willTopic) {

        @Override
        public String toString() {
            // the password is a credential: never print it
            return "Connect[" + protocolName + " " + level + ", clientId=" + clientId + ", userName=" + userName
                    + ", password=" + (password == null ? "none" : "<hidden>") + ", keepAlive=" + keepAliveSeconds
                    + "]";
        }
    }

    /**
     * Reads the next packet.
     *
     * @return the packet, or null when the stream ended cleanly before a packet started
     * @throws IOException when the stream ends inside a packet or the remaining length is malformed
     */
    public static @Nullable MqttPacket read(InputStream in) throws IOException {
        int header = in.read();
        if (header < 0) {
            return null;
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.write(header);
        int length = 0;
        int multiplier = 1;
        for (int i = 0;; i++) {
            int digit = in.read();
            if (digit < 0) {
                throw new EOFException("stream ended in a remaining length");
            }
            raw.write(digit);
            length += (digit & 0x7f) * multiplier;
            if ((digit & 0x80) == 0) {
                break;
            }
            if (i == 3) {
                throw new IOException("malformed remaining length");
            }
            multiplier *= 128;
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("stream ended in a packet body");
        }
        raw.write(body);
        return new MqttPacket(header, raw.toByteArray(), body);
    }

    public int type() {
        return (header >> 4) & 0x0f;
    }

    /** The QoS of a PUBLISH (bits 2 and 1 of the fixed header). */
    public int publishQos() {
        return (header >> 1) & 0x03;
    }

    /** Where the payload of a PUBLISH starts in its body: after the topic and, above QoS 0, the packet id. */
    public int publishPayloadOffset() throws IOException {
        if (body.length < 2) {
            throw new IOException("PUBLISH without a topic");
        }
        int topicLength = ((body[0] & 0xff) << 8) | (body[1] & 0xff);
        int start = 2 + topicLength + (publishQos() > 0 ? 2 : 0);
        if (start > body.length) {
            throw new IOException("PUBLISH shorter than its topic");
        }
        return start;
    }

    /** The return code of a CONNACK: 0 accepted, 4 bad user name or password, 5 not authorized. */
    public int connackReturnCode() {
        return body.length >= 2 ? body[1] & 0xff : -1;
    }

    /** A CONNACK refusing with the return code. */
    public static byte[] connack(int returnCode) {
        return new byte[] { (byte) (CONNACK << 4), 2, 0, (byte) returnCode };
    }

    /**
     * The fields of a CONNECT (MQTT 3.1 or 3.1.1).
     *
     * @throws IOException if the body is not a well-formed CONNECT
     */
    public Connect connect() throws IOException {
        if (type() != CONNECT) {
            throw new IOException("not a CONNECT but packet type " + type());
        }
        Reader reader = new Reader(body);
        String protocolName = reader.string();
        int level = reader.u8();
        int flags = reader.u8();
        int keepAlive = reader.u16();
        String clientId = reader.string();
        String willTopic = null;
        if ((flags & 0x04) != 0) {
            willTopic = reader.string();
            reader.binary(); // will message
        }
        String userName = (flags & 0x80) != 0 ? reader.string() : null;
        byte[] password = (flags & 0x40) != 0 ? reader.binary() : null;
        return new Connect(protocolName, level, keepAlive, clientId, userName, password, willTopic);
    }

    /** Reads the length-prefixed fields of a packet body. */
    private static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int u8() throws IOException {
            if (position >= bytes.length) {
                throw new EOFException("CONNECT ends early");
            }
            return bytes[position++] & 0xff;
        }

        int u16() throws IOException {
            return (u8() << 8) | u8();
        }

        byte[] binary() throws IOException {
            int length = u16();
            if (position + length > bytes.length) {
                throw new EOFException("CONNECT field runs past its end");
            }
            byte[] value = new byte[length];
            System.arraycopy(bytes, position, value, 0, length);
            position += length;
            return value;
        }

        String string() throws IOException {
            return new String(binary(), StandardCharsets.UTF_8);
        }
    }
}
