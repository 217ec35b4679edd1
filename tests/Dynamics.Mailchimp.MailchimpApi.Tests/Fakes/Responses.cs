using System.Net;
using System.Text;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

/// <summary>Builds fake Mailchimp responses.</summary>
public static class Responses
{
    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage NoContent() => new(HttpStatusCode.NoContent);

    public static HttpResponseMessage Problem(HttpStatusCode status, string title, string detail, string? errorsJson = null) =>
        new(status)
        {
            Content = new StringContent(
                $$"""
                {"type":"https://mailchimp.com/developer/marketing/docs/errors/","title":"{{title}}","status":{{(int)status}},"detail":"{{detail}}","instance":"inst-123"{{(errorsJson is null ? string.Empty : ",\"errors\":" + errorsJson)}}}
                """,
                Encoding.UTF8,
                "application/problem+json"),
        };

    public static HttpResponseMessage Bare(HttpStatusCode status, TimeSpan? retryAfter = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(string.Empty) };
        if (retryAfter is { } delay)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
        }

        return response;
    }

    /// <summary>A page of members <c>{prefix}{i}@brightfield-labs.com</c> for i in [offset, offset+count) capped at total.</summary>
    public static HttpResponseMessage MemberPage(int offset, int count, int total) => Json(MemberPageJson(offset, count, total));

    /// <summary>The body of <see cref="MemberPage"/>.</summary>
    public static string MemberPageJson(int offset, int count, int total)
    {
        var end = Math.Min(offset + count, total);
        var members = Enumerable.Range(offset, Math.Max(0, end - offset))
            .Select(i => $$"""{"id":"h{{i}}","email_address":"m{{i}}@brightfield-labs.com","status":"subscribed","timestamp_signup":"","last_changed":"2024-05-01T10:00:00+00:00"}""");
        return $$"""{"members":[{{string.Join(',', members)}}],"list_id":"L1","total_items":{{total}}}""";
    }
}
