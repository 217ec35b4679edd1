using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

/// <summary>The writable member fields of a POST, PUT, PATCH or batch-subscribe item, parsed from JSON.</summary>
internal sealed record MemberWrite
{
    /// <summary>The member body fields every write implements (POST, PUT, PATCH, batch items).</summary>
    public static readonly string[] CommonFields = ["email_address", "status", "email_type", "merge_fields", "interests", "language", "vip", "ip_signup", "ip_opt"];

    public string? EmailAddress { get; init; }

    public string? Status { get; init; }

    public string? StatusIfNew { get; init; }

    public string? EmailType { get; init; }

    public string? Language { get; init; }

    public bool? Vip { get; init; }

    public string? IpSignup { get; init; }

    public string? IpOpt { get; init; }

    public JsonObject? MergeFields { get; init; }

    public JsonObject? Interests { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Gets a value indicating whether required merge fields may be left empty (<c>?skip_merge_validation=true</c>).</summary>
    public bool SkipMergeValidation { get; init; }

    public static MemberWrite From(JsonObject body, bool skipMergeValidation = false) => new()
    {
        SkipMergeValidation = skipMergeValidation,
        EmailAddress = Text(body, "email_address"),
        Status = Text(body, "status"),
        StatusIfNew = Text(body, "status_if_new"),
        EmailType = Text(body, "email_type"),
        Language = Text(body, "language"),
        Vip = body["vip"] is JsonValue v && v.TryGetValue<bool>(out var vip) ? vip : null,
        IpSignup = Text(body, "ip_signup"),
        IpOpt = Text(body, "ip_opt"),
        MergeFields = body["merge_fields"] as JsonObject,
        Interests = body["interests"] as JsonObject,
        Tags = body["tags"] is JsonArray tags ? [.. tags.Select(t => t?.ToString() ?? string.Empty).Where(t => t.Length > 0)] : [],
    };

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
