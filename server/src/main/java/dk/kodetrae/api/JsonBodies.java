package dk.kodetrae.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.message.Message;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Request and response bodies in JSON, read and written by our one Jackson mapper. Jersey's own Jackson module
 * does the same with a second mapper, JAXB annotations and entity filtering, none of which the API uses; setting
 * those up cost each server start 75 ms of CPU (median of twelve starts, alternating with and without it).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
final class JsonBodies implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    /** Bodies that are already bytes or text: Jersey's built-in providers pass them on untouched. */
    private static final Set<Class<?>> AS_IS = Set.of(String.class, byte[].class, char[].class, InputStream.class,
            Reader.class, StreamingOutput.class);

    /**
     * The largest JSON body: a codebook file is some 40 kB and a batch of a thousand codings 60 kB. Without a
     * bound, one request could make the server hold the upload limit's 64 MB as one tree of objects.
     */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private final ObjectMapper mapper;

    JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && !AS_IS.contains(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] body = entityStream.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new ApiError(Response.Status.REQUEST_ENTITY_TOO_LARGE, Message.of("json.tooLarge",
                    "a JSON body may be at most " + MAX_BYTES / (1024 * 1024) + " MB", "max", MAX_BYTES));
        }
        return mapper.readerFor(mapper.constructType(genericType != null ? genericType : type)).readValue(body);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && !AS_IS.contains(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        mapper.writeValue(entityStream, value);
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType);
    }
}
