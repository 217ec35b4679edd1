using System.Net;
using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

/// <summary>Asserts the Mailchimp problem document shape.</summary>
internal static class ProblemAssert
{
    public static void Is(HttpResponseMessage response, JsonNode? body, HttpStatusCode status, string title, string? detail = null)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(body);
        Assert.Equal(title, body["title"]?.GetValue<string>());
        Assert.Equal((int)status, body["status"]?.GetValue<int>());
        Assert.Equal("https://mailchimp.com/developer/marketing/docs/errors/", body["type"]?.GetValue<string>());
        var instance = body["instance"]?.GetValue<string>();
        Assert.True(Guid.TryParse(instance, out _), $"instance '{instance}' is not a GUID");
        Assert.Equal(instance, response.Headers.GetValues("X-Request-Id").Single());
        if (detail is not null)
        {
            Assert.Equal(detail, body["detail"]?.GetValue<string>());
        }
    }
}
