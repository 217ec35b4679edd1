using System.Text.Json;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi.Errors;

/// <summary>Turns an error response into a <see cref="MailchimpApiException"/>, with or without a problem document.</summary>
internal static class MailchimpErrorReader
{
    private const int MaxBodyChars = 16 * 1024;

    public static async Task<MailchimpApiException> CreateExceptionAsync(
        HttpRequestMessage request,
        HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var problem = TryParse(body);
        var method = request.Method.Method;
        var resource = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : request.RequestUri?.OriginalString.Split('?')[0] ?? string.Empty;
        var title = string.IsNullOrWhiteSpace(problem?.Title)
            ? response.ReasonPhrase ?? response.StatusCode.ToString()
            : problem.Title;
        return new MailchimpApiException(
            method,
            resource,
            response.StatusCode,
            title,
            problem?.Detail,
            problem?.Type,
            problem?.Instance,
            problem?.Errors ?? [],
            problem is not null);
    }

    private static MailchimpProblemDocument? TryParse(string body)
    {
        var text = body.AsSpan().Trim();
        if (text.Length == 0 || text.Length > MaxBodyChars || text[0] != '{')
        {
            return null;
        }

        try
        {
            var problem = JsonSerializer.Deserialize(text, MailchimpJsonContext.Default.MailchimpProblemDocument);
            return problem is { Title: not null } or { Detail: not null } ? problem : null;
        }
        catch (JsonException)
        {
            // Not a problem document (e.g. an HTML error page from a proxy): reported without one.
            return null;
        }
    }
}
