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
package org.openhab.core.items.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.events.AbstractEventFactory;
import org.openhab.core.events.Event;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.Type;
import org.openhab.core.types.UnDefType;

/**
 * An {@link ItemEventFactory} is responsible for creating item event instances with openHAB's topics and payloads.
 */
@NonNullByDefault
public class ItemEventFactory extends AbstractEventFactory {

    private static final String TYPE_POSTFIX = "Type";

    private static final String CORE_LIBRARY_PACKAGE = "org.openhab.core.library.types.";

    private static final String ITEM_COMAND_EVENT_TOPIC = "openhab/items/{itemName}/command";

    private static final String ITEM_STATE_EVENT_TOPIC = "openhab/items/{itemName}/state";

    private static final String ITEM_STATE_UPDATED_EVENT_TOPIC = "openhab/items/{itemName}/stateupdated";

    private static final String ITEM_STATE_CHANGED_EVENT_TOPIC = "openhab/items/{itemName}/statechanged";

    private static final String GROUP_STATE_EVENT_TOPIC = "openhab/items/{itemName}/{memberName}/stateupdated";

    private static final String GROUPITEM_STATE_CHANGED_EVENT_TOPIC = "openhab/items/{itemName}/{memberName}/statechanged";

    /**
     * Constructs a new ItemEventFactory (this stub supports the item event types it contains).
     */
    public ItemEventFactory() {
        super(Set.of(ItemCommandEvent.TYPE, ItemStateEvent.TYPE, ItemStateUpdatedEvent.TYPE, ItemStateChangedEvent.TYPE,
                GroupStateUpdatedEvent.TYPE, GroupItemStateChangedEvent.TYPE));
    }

    @Override
    protected Event createEventByType(String eventType, String topic, String payload, @Nullable String source)
            throws Exception {
        if (ItemCommandEvent.TYPE.equals(eventType)) {
            String itemName = getItemName(topic);
            ItemEventPayloadBean bean = deserializePayload(payload, ItemEventPayloadBean.class);
            Command command = parseType(bean.getType(), bean.getValue(), Command.class);
            return new ItemCommandEvent(topic, payload, itemName, command, source);
        } else if (ItemStateEvent.TYPE.equals(eventType)) {
            String itemName = getItemName(topic);
            ItemEventPayloadBean bean = deserializePayload(payload, ItemEventPayloadBean.class);
            State state = getState(bean.getType(), bean.getValue());
            return new ItemStateEvent(topic, payload, itemName, state, source);
        } else if (ItemStateUpdatedEvent.TYPE.equals(eventType)) {
            String itemName = getItemName(topic);
            ItemEventPayloadBean bean = deserializePayload(payload, ItemEventPayloadBean.class);
            State state = getState(bean.getType(), bean.getValue());
            return new ItemStateUpdatedEvent(topic, payload, itemName, state, null);
        } else if (ItemStateChangedEvent.TYPE.equals(eventType)) {
            String itemName = getItemName(topic);
            ItemStateChangedEventPayloadBean bean = deserializePayload(payload, ItemStateChangedEventPayloadBean.class);
            State state = getState(bean.getType(), bean.getValue());
            State oldState = getState(bean.getOldType(), bean.getOldValue());
            return new ItemStateChangedEvent(topic, payload, itemName, state, oldState);
        } else if (GroupStateUpdatedEvent.TYPE.equals(eventType)) {
            String itemName = getItemName(topic);
            String memberName = getMemberName(topic);
            ItemEventPayloadBean bean = deserializePayload(payload, ItemEventPayloadBean.class);
            State state = getState(bean.getType(), bean.getValue());
            return new GroupStateUpdatedEvent(topic, payload, itemName, memberName, state, null);
        } else if (GroupItemStateChangedEvent.TYPE.equals(eventType)) {
            String itemName = getItemName(topic);
            String memberName = getMemberName(topic);
            ItemStateChangedEventPayloadBean bean = deserializePayload(payload, ItemStateChangedEventPayloadBean.class);
            State state = getState(bean.getType(), bean.getValue());
            State oldState = getState(bean.getOldType(), bean.getOldValue());
            return new GroupItemStateChangedEvent(topic, payload, itemName, memberName, state, oldState);
        }
        throw new IllegalArgumentException("The event type '" + eventType + "' is not supported by this factory.");
    }

    private State getState(String type, String value) {
        return parseType(type, value, State.class);
    }

    private String getItemName(String topic) {
        String[] topicElements = getTopicElements(topic);
        if (topicElements.length < 4) {
            throw new IllegalArgumentException("Event creation failed, invalid topic: " + topic);
        }
        return topicElements[2];
    }

    private String getMemberName(String topic) {
        String[] topicElements = getTopicElements(topic);
        if (topicElements.length < 5) {
            throw new IllegalArgumentException("Event creation failed, invalid topic: " + topic);
        }
        return topicElements[3];
    }

    private static <T> T parseType(String typeName, String valueToParse, Class<T> desiredClass) {
        String simpleClassName = typeName + TYPE_POSTFIX;
        Object parsedObject = parseSimpleClassName(simpleClassName, valueToParse);
        if (parsedObject == null || !desiredClass.isAssignableFrom(parsedObject.getClass())) {
            String parsedObjectClassName = parsedObject != null ? parsedObject.getClass().getName() : "<undefined>";
            throw new IllegalArgumentException("Error parsing simpleClasssName '" + simpleClassName + "' with value '"
                    + valueToParse + "'. Desired type was '" + desiredClass.getName() + "' but got '"
                    + parsedObjectClassName + "'.");
        }
        return desiredClass.cast(parsedObject);
    }

    private static @Nullable Object parseSimpleClassName(String simpleClassName, String valueToParse) {
        if (simpleClassName.equals(UnDefType.class.getSimpleName())) {
            return UnDefType.valueOf(valueToParse);
        }
        if (simpleClassName.equals(RefreshType.class.getSimpleName())) {
            return RefreshType.valueOf(valueToParse);
        }
        try {
            Class<?> stateClass = Class.forName(CORE_LIBRARY_PACKAGE + simpleClassName);
            Method valueOfMethod = stateClass.getMethod("valueOf", String.class);
            return valueOfMethod.invoke(stateClass, valueToParse);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Error getting class for simple name: '" + simpleClassName
                    + "' using package name '" + CORE_LIBRARY_PACKAGE + "'.", e);
        } catch (NoSuchMethodException | SecurityException e) {
            throw new IllegalStateException(
                    "Error getting method #valueOf(String) of class '" + CORE_LIBRARY_PACKAGE + simpleClassName + "'.",
                    e);
        } catch (IllegalAccessException | IllegalArgumentException | InvocationTargetException e) {
            throw new IllegalStateException("Error invoking #valueOf(String) on class '" + CORE_LIBRARY_PACKAGE
                    + simpleClassName + "' with value '" + valueToParse + "'.", e);
        }
    }

    /**
     * Creates an item command event.
     *
     * @param itemName the name of the item to send the command for
     * @param command the command to send
     * @param source the name of the source identifying the sender (can be null)
     * @return the created item command event
     * @throws IllegalArgumentException if itemName or command is null
     */
    public static ItemCommandEvent createCommandEvent(String itemName, Command command, @Nullable String source) {
        assertValidArguments(itemName, command, "command");
        String topic = buildTopic(ITEM_COMAND_EVENT_TOPIC, itemName);
        ItemEventPayloadBean bean = new ItemEventPayloadBean(getCommandType(command), command.toString());
        String payload = serializePayload(bean);
        return new ItemCommandEvent(topic, payload, itemName, command, source);
    }

    /**
     * Creates an item command event.
     *
     * @param itemName the name of the item to send the command for
     * @param command the command to send
     * @return the created item command event
     * @throws IllegalArgumentException if itemName or command is null
     */
    public static ItemCommandEvent createCommandEvent(String itemName, Command command) {
        return createCommandEvent(itemName, command, null);
    }

    /**
     * Creates an item state event (an update request).
     *
     * @param itemName the name of the item to send the state update for
     * @param state the new state to send
     * @param source the name of the source identifying the sender (can be null)
     * @return the created item state event
     * @throws IllegalArgumentException if itemName or state is null
     */
    public static ItemStateEvent createStateEvent(String itemName, State state, @Nullable String source) {
        assertValidArguments(itemName, state, "state");
        String topic = buildTopic(ITEM_STATE_EVENT_TOPIC, itemName);
        ItemEventPayloadBean bean = new ItemEventPayloadBean(getStateType(state), state.toFullString());
        String payload = serializePayload(bean);
        return new ItemStateEvent(topic, payload, itemName, state, source);
    }

    /**
     * Creates an item state event (an update request).
     *
     * @param itemName the name of the item to send the state update for
     * @param state the new state to send
     * @return the created item state event
     * @throws IllegalArgumentException if itemName or state is null
     */
    public static ItemEvent createStateEvent(String itemName, State state) {
        return createStateEvent(itemName, state, null);
    }

    /**
     * Creates an item state updated event.
     *
     * @param itemName the name of the item to report the state update for
     * @param state the new state
     * @return the created item state updated event
     * @throws IllegalArgumentException if itemName or state is null
     */
    public static ItemStateUpdatedEvent createStateUpdatedEvent(String itemName, State state) {
        return createStateUpdatedEvent(itemName, state, null);
    }

    /**
     * Creates an item state updated event.
     *
     * @param itemName the name of the item to report the state update for
     * @param state the new state
     * @param source the name of the source identifying the sender (can be null)
     * @return the created item state updated event
     * @throws IllegalArgumentException if itemName or state is null
     */
    public static ItemStateUpdatedEvent createStateUpdatedEvent(String itemName, State state, @Nullable String source) {
        assertValidArguments(itemName, state, "state");
        String topic = buildTopic(ITEM_STATE_UPDATED_EVENT_TOPIC, itemName);
        ItemEventPayloadBean bean = new ItemEventPayloadBean(getStateType(state), state.toFullString());
        String payload = serializePayload(bean);
        return new ItemStateUpdatedEvent(topic, payload, itemName, state, source);
    }

    /**
     * Creates a group item state updated event.
     *
     * @param itemName the name of the group to report the state update for
     * @param memberName the name of the item that updated the group state
     * @param state the new state
     * @param source the name of the source identifying the sender (can be null)
     * @return the created group item state updated event
     * @throws IllegalArgumentException if itemName, memberName or state is null
     */
    public static GroupStateUpdatedEvent createGroupStateUpdatedEvent(String itemName, String memberName, State state,
            @Nullable String source) {
        assertValidArguments(itemName, memberName, state, "state");
        String topic = buildGroupTopic(GROUP_STATE_EVENT_TOPIC, itemName, memberName);
        ItemEventPayloadBean bean = new ItemEventPayloadBean(getStateType(state), state.toFullString());
        String payload = serializePayload(bean);
        return new GroupStateUpdatedEvent(topic, payload, itemName, memberName, state, source);
    }

    /**
     * Creates an item state changed event.
     *
     * @param itemName the name of the item to send the state changed event for
     * @param newState the new state to send
     * @param oldState the old state of the item
     * @return the created item state changed event
     * @throws IllegalArgumentException if itemName or state is null
     */
    public static ItemStateChangedEvent createStateChangedEvent(String itemName, State newState, State oldState) {
        assertValidArguments(itemName, newState, "state");
        String topic = buildTopic(ITEM_STATE_CHANGED_EVENT_TOPIC, itemName);
        ItemStateChangedEventPayloadBean bean = new ItemStateChangedEventPayloadBean(getStateType(newState),
                newState.toFullString(), getStateType(oldState), oldState.toFullString());
        String payload = serializePayload(bean);
        return new ItemStateChangedEvent(topic, payload, itemName, newState, oldState);
    }

    /**
     * Creates a group item state changed event.
     *
     * @param itemName the name of the group item to send the state changed event for
     * @param memberName the name of the member causing the group item state change
     * @param newState the new state to send
     * @param oldState the old state of the group item
     * @return the created group item state changed event
     * @throws IllegalArgumentException if itemName, memberName or state is null
     */
    public static GroupItemStateChangedEvent createGroupStateChangedEvent(String itemName, String memberName,
            State newState, State oldState) {
        assertValidArguments(itemName, memberName, newState, "state");
        String topic = buildGroupTopic(GROUPITEM_STATE_CHANGED_EVENT_TOPIC, itemName, memberName);
        ItemStateChangedEventPayloadBean bean = new ItemStateChangedEventPayloadBean(getStateType(newState),
                newState.toFullString(), getStateType(oldState), oldState.toFullString());
        String payload = serializePayload(bean);
        return new GroupItemStateChangedEvent(topic, payload, itemName, memberName, newState, oldState);
    }

    private static String buildTopic(String topic, String itemName) {
        return topic.replace("{itemName}", itemName);
    }

    private static String buildGroupTopic(String topic, String itemName, String memberName) {
        return buildTopic(topic, itemName).replace("{memberName}", memberName);
    }

    private static String getStateType(State state) {
        String stateClassName = state.getClass().getSimpleName();
        return stateClassName.substring(0, stateClassName.length() - TYPE_POSTFIX.length());
    }

    private static String getCommandType(Command command) {
        String commandClassName = command.getClass().getSimpleName();
        return commandClassName.substring(0, commandClassName.length() - TYPE_POSTFIX.length());
    }

    private static void assertValidArguments(String itemName, Type type, String typeArgumentName) {
        checkNotNullOrEmpty(itemName, "itemName");
        checkNotNull(type, typeArgumentName);
    }

    private static void assertValidArguments(String itemName, String memberName, Type type, String typeArgumentName) {
        checkNotNullOrEmpty(itemName, "itemName");
        checkNotNullOrEmpty(memberName, "memberName");
        checkNotNull(type, typeArgumentName);
    }

    /**
     * JSON bean of the item event payload: {"type":..., "value":...}.
     */
    private static class ItemEventPayloadBean {
        private @NonNullByDefault({}) String type;
        private @NonNullByDefault({}) String value;

        @SuppressWarnings("unused")
        protected ItemEventPayloadBean() {
            // for Gson
        }

        public ItemEventPayloadBean(String type, String value) {
            this.type = type;
            this.value = value;
        }

        public String getType() {
            return type;
        }

        public String getValue() {
            return value;
        }
    }

    /**
     * JSON bean of the item state changed event payload: {"type", "value", "oldType", "oldValue"}.
     */
    private static class ItemStateChangedEventPayloadBean {
        private @NonNullByDefault({}) String type;
        private @NonNullByDefault({}) String value;
        private @NonNullByDefault({}) String oldType;
        private @NonNullByDefault({}) String oldValue;

        @SuppressWarnings("unused")
        protected ItemStateChangedEventPayloadBean() {
            // for Gson
        }

        public ItemStateChangedEventPayloadBean(String type, String value, String oldType, String oldValue) {
            this.type = type;
            this.value = value;
            this.oldType = oldType;
            this.oldValue = oldValue;
        }

        public String getType() {
            return type;
        }

        public String getValue() {
            return value;
        }

        public String getOldType() {
            return oldType;
        }

        public String getOldValue() {
            return oldValue;
        }
    }
}
