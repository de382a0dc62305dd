package io.suretyhub.platform.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Every module keeps its texts in {@code i18n/<module>.properties} (Simplified Chinese, the default)
 * and {@code i18n/<module>_en.properties}; all of them form one message source. {@code ?lang=en}
 * switches a browser to English and a cookie remembers it.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration implements WebMvcConfigurer {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Bean
	MessageSource messageSource() throws IOException {
		var source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(bundleNames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(CHINESE);
		return source;
	}

	static String[] bundleNames() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		return Arrays.stream(files)
			.map(Resource::getFilename)
			.filter(name -> name != null && !name.contains("_"))
			.map(name -> "classpath:i18n/" + name.substring(0, name.length() - ".properties".length()))
			.distinct()
			.sorted()
			.toArray(String[]::new);
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("SURETYHUB_LANG");
		resolver.setDefaultLocale(CHINESE);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		registry.addInterceptor(change);
	}

}
