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
package org.openhab.binding.cloudsync.internal.config;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.cloud.ServiceRules;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.mqtt.PasswordSource;
import org.openhab.binding.cloudsync.internal.mqtt.TlsSettings;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.TestPki;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.Issued;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.KeyType;

/**
 * Specifies how a {@code cloudsync:aws-iot} Thing connects to AWS IoT Core: 8883 with the thing's certificate,
 * 443 with ALPN x-amzn-mqtt-ca, or a custom authorizer on 443 with ALPN mqtt and the authorizer in the user name;
 * the thing name as client ID and as {thingName} in topics; defaults within AWS's quotas.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class AwsIotConfigParserTest {

    private static final String ENDPOINT = "a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com";
    private static final EndpointIdentity THING = EndpointIdentity.of("test", "cloudsync:aws-iot:home");
    private static final Issued CERTIFICATE = TestPki.create("AWS Test CA").client(KeyType.RSA, "home1");

    private static AwsIotConfiguration config(Consumer<AwsIotConfiguration> change) {
        AwsIotConfiguration config = new AwsIotConfiguration();
        config.endpoint = ENDPOINT;
        config.thingName = "home1";
        config.clientCertificate = CERTIFICATE.certificatePem();
        config.privateKey = CERTIFICATE.pkcs8Pem();
        change.accept(config);
        return config;
    }

    private static EndpointSettings parse(AwsIotConfiguration config) throws InvalidConfigurationException {
        return EndpointConfigParser.parse(config, THING).settings();
    }

    private static TlsSettings tls(EndpointSettings settings) {
        TlsSettings tls = settings.connection().tls();
        assertNotNull(tls, "AWS IoT Core is TLS only");
        return tls;
    }

    @Test
    void theCertificateOnPort8883NeedsNoAlpn() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> {
        }));

        ConnectionSettings connection = settings.connection();
        assertEquals(List.of("ssl://" + ENDPOINT + ":8883"), connection.serverUris());
        assertEquals("home1", connection.clientId(), "the thing name is the client ID");
        assertNull(connection.username());
        assertNull(connection.password());
        assertEquals(List.of(), tls(settings).applicationProtocols());
        assertTrue(tls(settings).verifyHostname());
        assertFalse(tls(settings).insecure());
        assertEquals(ServiceRules.AWS_IOT_CORE, settings.rules());
    }

    @Test
    void theCertificateOnPort443OffersAlpnXAmznMqttCa() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> c.port = 443));

        assertEquals("ssl://" + ENDPOINT + ":443", settings.connection().serverUri());
        assertEquals(List.of("x-amzn-mqtt-ca"), tls(settings).applicationProtocols());
    }

    @Test
    void aCustomAuthorizerConnectsOn443WithAlpnMqttAndNamesItselfInTheUserName() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> {
            c.clientCertificate = "";
            c.privateKey = "";
            c.authorizerName = "HomeAuthorizer";
            c.username = "home1";
            c.password = "token-123";
        }));

        ConnectionSettings connection = settings.connection();
        assertEquals("ssl://" + ENDPOINT + ":443", connection.serverUri(), "a custom authorizer has only port 443");
        assertEquals(List.of("mqtt"), tls(settings).applicationProtocols());
        assertEquals("home1?x-amz-customauthorizer-name=HomeAuthorizer", connection.username());
        PasswordSource password = connection.password();
        assertNotNull(password);
        assertEquals("token-123", password.next());
        assertNull(password.validity(), "the authorizer's password is passed on as it is");
    }

    @Test
    void theAuthorizerNameIsEncodedAndAnEmptyUserNameStillCarriesIt() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> {
            c.clientCertificate = "";
            c.privateKey = "";
            c.authorizerName = "home=auth,1";
        }));

        assertEquals("?x-amz-customauthorizer-name=home%3Dauth%2C1", settings.connection().username());
        assertNull(settings.connection().password());
    }

    @Test
    void topicsUseTheThingNameAndTheDefaultsKeepWithinAwsQuotas() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> c.statusTopic = "openhab/{thingName}/{thing}/status"));
        StateChange change = Changes.number("Kitchen_Temperature", "21.5");

        assertEquals("openhab/home1/Kitchen_Temperature", settings.payload().topic().render(change, null));
        assertEquals("openhab/home1/batch", settings.payload().batchTopic().renderForThing());
        assertEquals("openhab/home1/home/status", settings.connection().statusTopic());
        assertEquals(100, settings.delivery().maxPublishRate(), "AWS IoT Core takes 100 publishes per second");
        assertEquals(524_288, settings.delivery().maxBytesRate(), "and 512 KiB per second");
        assertEquals(131_072, settings.payload().maxMessageBytes());
        assertEquals(1, settings.delivery().qos());
    }

    @Test
    void noStatusTopicByDefault() throws InvalidConfigurationException {
        // publishing to a topic the policy does not allow makes AWS disconnect: the user turns it on knowingly
        assertNull(parse(config(c -> {
        })).connection().statusTopic());
    }

    @Test
    void aBasicIngestTopicDoesNotCountItsPrefix() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> c.topic = "$aws/rules/home_rule/a/b/c/d/e/f/{item}"));

        assertEquals("$aws/rules/home_rule/a/b/c/d/e/f/Door",
                settings.payload().topic().render(Changes.text("Door", "OPEN"), null));
    }
}
