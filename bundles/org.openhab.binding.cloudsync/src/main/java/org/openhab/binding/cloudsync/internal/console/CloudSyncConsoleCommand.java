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
package org.openhab.binding.cloudsync.internal.console;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.handler.CloudSyncEndpointHandler;
import org.openhab.binding.cloudsync.internal.handler.EndpointDirectory;
import org.openhab.binding.cloudsync.internal.selection.ItemDirectory;
import org.openhab.binding.cloudsync.internal.selection.ItemPattern;
import org.openhab.binding.cloudsync.internal.selection.ItemPattern.InvalidPatternException;
import org.openhab.core.io.console.Console;
import org.openhab.core.io.console.ConsoleCommandCompleter;
import org.openhab.core.io.console.extensions.AbstractConsoleCommandExtension;
import org.openhab.core.io.console.extensions.ConsoleCommandExtension;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link CloudSyncConsoleCommand} is the Karaf console command {@code openhab:cloudsync}: it reads
 * arguments, finds the endpoints and prints; what the commands do is in {@link EndpointCommands}. It never
 * throws: bad arguments print the usage.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = ConsoleCommandExtension.class)
public class CloudSyncConsoleCommand extends AbstractConsoleCommandExtension implements ConsoleCommandCompleter {

    static final String LIST = "list";
    static final String STATUS = "status";
    static final String FLUSH = "flush";
    static final String PAUSE = "pause";
    static final String RESUME = "resume";
    static final String PURGE = "purge";
    static final String REPUBLISH = "republish";
    static final String TEST = "test";
    static final String YES = "--yes";

    private static final List<String> SUBCOMMANDS = List.of(LIST, STATUS, FLUSH, PAUSE, RESUME, PURGE, REPUBLISH, TEST);

    private final EndpointDirectory directory;
    private final ItemDirectory items;
    private final EndpointCommands commands = new EndpointCommands();

    @Activate
    public CloudSyncConsoleCommand(@Reference EndpointDirectory directory, @Reference ItemDirectory items) {
        super("cloudsync", "Operate the Cloud Sync endpoints.");
        this.directory = directory;
        this.items = items;
    }

    @Override
    public List<String> getUsages() {
        return List.of(buildCommandUsage(LIST, "list the endpoints with status, broker and counters"),
                buildCommandUsage(STATUS + " <thing>", "show an endpoint in detail (secrets masked)"),
                buildCommandUsage(FLUSH + " [<thing>]", "send what is queued now"),
                buildCommandUsage(PAUSE + " [<thing>]", "stop sending; changes keep queueing"),
                buildCommandUsage(RESUME + " [<thing>]", "send again"),
                buildCommandUsage(PURGE + " <thing> [" + YES + "]", "drop the queued changes (asks for " + YES + ")"),
                buildCommandUsage(REPUBLISH + " [<thing>] [<item or group>]",
                        "send the current state of the selected items now"),
                buildCommandUsage(TEST + " <thing>", "publish a test message and time the broker's acknowledgement"));
    }

    @Override
    public void execute(String[] args, Console console) {
        if (args.length == 0 || !SUBCOMMANDS.contains(args[0])) {
            printUsage(console);
            return;
        }
        String subcommand = args[0];
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            switch (subcommand) {
                case LIST -> commands.list(directory.all(), console);
                case STATUS -> withOne(rest, console, handler -> commands.status(handler, console));
                case PURGE -> purge(rest, console);
                case TEST -> withOne(rest, console, handler -> commands.test(handler, console));
                case REPUBLISH -> republish(rest, console);
                default -> forEach(rest, console, subcommand);
            }
        } catch (RuntimeException e) {
            // a console command must never throw into Karaf's shell
            console.println("Failed: " + e.getMessage());
        }
    }

    private void withOne(List<String> rest, Console console, Consumer<CloudSyncEndpointHandler> action) {
        if (rest.size() != 1) {
            printUsage(console);
            return;
        }
        CloudSyncEndpointHandler handler = find(rest.get(0), console);
        if (handler != null) {
            action.accept(handler);
        }
    }

    private void purge(List<String> rest, Console console) {
        boolean confirmed = rest.contains(YES);
        List<String> things = rest.stream().filter(arg -> !YES.equals(arg)).toList();
        if (things.size() != 1) {
            printUsage(console);
            return;
        }
        CloudSyncEndpointHandler handler = find(things.get(0), console);
        if (handler != null) {
            commands.purge(handler, confirmed, console);
        }
    }

    private void republish(List<String> rest, Console console) {
        if (rest.size() > 2) {
            printUsage(console);
            return;
        }
        List<CloudSyncEndpointHandler> handlers = directory.all();
        String itemOrGroup = null;
        if (!rest.isEmpty()) {
            CloudSyncEndpointHandler handler = directory.get(rest.get(0));
            if (handler != null) {
                handlers = List.of(handler);
                itemOrGroup = rest.size() == 2 ? rest.get(1) : null;
            } else if (rest.size() == 1) {
                // one argument that is no Thing: an item or group for every endpoint
                itemOrGroup = rest.get(0);
            } else {
                console.println("No Cloud Sync endpoint " + rest.get(0) + ". Known: " + knownThings());
                return;
            }
        }
        commands.republish(handlers, itemOrGroup == null ? null : itemOrMemberOf(itemOrGroup), console);
    }

    /** The item of that name, or the members (recursively) of the group of that name. */
    private Predicate<ItemInfo> itemOrMemberOf(String name) {
        try {
            ItemPattern group = ItemPattern.parse("group:" + name);
            return item -> item.name().equals(name) || group.matches(item.name(), item, items::get);
        } catch (InvalidPatternException e) {
            // not an item name at all: nothing will match
            return item -> item.name().equals(name);
        }
    }

    private void forEach(List<String> rest, Console console, String subcommand) {
        if (rest.size() > 1) {
            printUsage(console);
            return;
        }
        List<CloudSyncEndpointHandler> handlers = directory.all();
        if (rest.size() == 1) {
            CloudSyncEndpointHandler handler = find(rest.get(0), console);
            if (handler == null) {
                return;
            }
            handlers = List.of(handler);
        }
        for (CloudSyncEndpointHandler handler : handlers) {
            switch (subcommand) {
                case FLUSH -> commands.flush(handler, console);
                case PAUSE -> commands.pause(handler, console);
                default -> commands.resume(handler, console);
            }
        }
    }

    private @Nullable CloudSyncEndpointHandler find(String thingUID, Console console) {
        CloudSyncEndpointHandler handler = directory.get(thingUID);
        if (handler == null) {
            console.println("No Cloud Sync endpoint " + thingUID + ". Known: " + knownThings());
        }
        return handler;
    }

    private String knownThings() {
        List<String> known = directory.all().stream().map(h -> h.getThing().getUID().getAsString()).toList();
        return known.isEmpty() ? "none" : String.join(", ", known);
    }

    @Override
    public @Nullable ConsoleCommandCompleter getCompleter() {
        return this;
    }

    @Override
    public boolean complete(String[] args, int cursorArgumentIndex, int cursorPosition, List<String> candidates) {
        String typed = cursorArgumentIndex < args.length && args[cursorArgumentIndex] != null
                ? args[cursorArgumentIndex].substring(0, Math.min(cursorPosition, args[cursorArgumentIndex].length()))
                : "";
        List<String> options;
        if (cursorArgumentIndex <= 0) {
            options = SUBCOMMANDS;
        } else if (cursorArgumentIndex == 1 && !LIST.equals(args[0])) {
            options = directory.all().stream().map(h -> h.getThing().getUID().getAsString()).toList();
        } else if (cursorArgumentIndex == 2 && PURGE.equals(args[0])) {
            options = List.of(YES);
        } else {
            return false;
        }
        String prefix = typed.toLowerCase(Locale.ROOT);
        options.stream().filter(option -> option.toLowerCase(Locale.ROOT).startsWith(prefix))
                .forEach(option -> candidates.add(option + " "));
        return !candidates.isEmpty();
    }
}
