package io.claimline.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The API's JSON reader and writer use {@link StrictJson}; the application's ObjectMapper bean stays as it is. */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter json) {
                ObjectMapper strict = StrictJson.of(json.getObjectMapper());
                json.setObjectMapper(strict);
            }
        }
    }
}
