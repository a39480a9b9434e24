package org.fascia.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;

import org.fascia.identity.Account;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the JSON API through MockMvc with a bearer token obtained the way a program gets one. */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	private final String token;

	private ApiClient(MockMvc mvc, String token) {
		this.mvc = mvc;
		this.token = token;
	}

	/** Signs in with {@link TestAccounts#PASSWORD} at {@code POST /api/v1/auth/token}. */
	public static ApiClient as(MockMvc mvc, Account account) throws Exception {
		MockHttpServletResponse response = mvc.perform(request(HttpMethod.POST, "/api/v1/auth/token")
			.contentType("application/json")
			.content("{\"email\":\"" + account.email() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("sign-in for a token").isEqualTo(200);
		return new ApiClient(mvc, JSON.readTree(response.getContentAsString()).get("token").asString());
	}

	public Response get(String path) throws Exception {
		return send(request(HttpMethod.GET, path));
	}

	public Response post(String path, String json) throws Exception {
		return send(request(HttpMethod.POST, path).contentType("application/json").content(json));
	}

	public Response put(String path, String json) throws Exception {
		return send(request(HttpMethod.PUT, path).contentType("application/json").content(json));
	}

	public Response delete(String path) throws Exception {
		return send(request(HttpMethod.DELETE, path));
	}

	private Response send(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse();
		String raw = response.getContentAsString();
		return new Response(response.getStatus(), response.getContentType(), raw.isEmpty() ? null : JSON.readTree(raw),
				raw, response.getHeader("Location"));
	}

	/** Single quotes become double quotes, so JSON in tests reads without escapes. */
	public static String json(String singleQuoted) {
		return singleQuoted.replace('\'', '"');
	}

	public record Response(int status, String contentType, JsonNode body, String raw, String location) {

		public Response expect(int expected) {
			assertThat(status).as("status of %s", raw).isEqualTo(expected);
			return this;
		}

		/** Asserts an RFC 9457 problem with this status, without internals. */
		public Response problem(int expected) {
			expect(expected);
			assertThat(contentType).startsWith("application/problem+json");
			assertThat(body.get("status").asInt()).isEqualTo(expected);
			assertThat(raw).doesNotContain("Exception").doesNotContain("\tat ");
			return this;
		}

		/** Asserts a 400 problem that names exactly these fields. */
		public Response invalid(String... fields) {
			problem(400);
			assertThat(fields()).as("fields named in %s", raw).containsExactlyInAnyOrder(fields);
			return this;
		}

		public List<String> fields() {
			List<String> fields = new ArrayList<>();
			JsonNode errors = body.get("errors");
			if (errors != null) {
				errors.forEach(error -> fields.add(error.get("field").asString()));
			}
			return fields;
		}

		public String message(String field) {
			for (JsonNode error : body.get("errors")) {
				if (error.get("field").asString().equals(field)) {
					return error.get("message").asString();
				}
			}
			throw new AssertionError("no error for " + field + " in " + raw);
		}

		public long id() {
			return body.get("id").asLong();
		}

	}

}
