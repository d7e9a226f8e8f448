package io.throughline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.throughline.kernel.TextValue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * Writes every {@link TextValue} (ids, quarters, periods) as a plain JSON string and reads it back through the
 * record's validating constructor, so {@code "quarter": "2026-Q5"} fails with the value type's own message.
 * The shared kernel stays free of Jackson.
 */
public class TextValueModule extends SimpleModule {

    public TextValueModule() {
        super("throughline-text-values");
        addSerializer(TextValue.class, new StdSerializer<>(TextValue.class) {
            @Override
            public void serialize(TextValue value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                generator.writeString(value.value());
            }
        });
        setDeserializers(new SimpleDeserializers() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                            BeanDescription description) throws JsonMappingException {
                if (type.isRecordType() && TextValue.class.isAssignableFrom(type.getRawClass())) {
                    return new TextValueDeserializer(type.getRawClass());
                }
                return super.findBeanDeserializer(type, config, description);
            }
        });
    }

    private static final class TextValueDeserializer extends StdScalarDeserializer<Object> {

        private final transient Constructor<?> constructor;

        TextValueDeserializer(Class<?> type) {
            super(type);
            try {
                this.constructor = type.getDeclaredConstructor(String.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(type + " is a TextValue without a String constructor", e);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText();
            try {
                return constructor.newInstance(text);
            } catch (InvocationTargetException e) {
                throw JsonMappingException.from(parser, e.getCause().getMessage(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw JsonMappingException.from(parser, "cannot create " + handledType().getSimpleName(), e);
            }
        }
    }
}
