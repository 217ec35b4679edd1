namespace Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

/// <summary>A request as the fake server saw it.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Body)
{
    /// <summary>The path below the <c>/3.0/</c> base, e.g. <c>lists/abc/members</c>.</summary>
    public string Path => Uri.AbsolutePath.StartsWith("/3.0/", StringComparison.Ordinal) ? Uri.AbsolutePath["/3.0/".Length..] : Uri.AbsolutePath;

    /// <summary>The decoded query parameters.</summary>
    public IReadOnlyDictionary<string, string> Query => Uri.Query.TrimStart('?')
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .ToDictionary(parts => Uri.UnescapeDataString(parts[0]), parts => parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty);
}
