namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>The Mailchimp error titles (fixed per error type) and the problem document constants.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/docs/errors/</remarks>
public static class ProblemTitles
{
    /// <summary>The <c>type</c> of every problem document.</summary>
    public const string TypeUrl = "https://mailchimp.com/developer/marketing/docs/errors/";

    /// <summary>The problem+json media type.</summary>
    public const string ContentType = "application/problem+json; charset=utf-8";

    /// <summary>400 for an address already on the list.</summary>
    public const string MemberExists = "Member Exists";

    /// <summary>400 for subscribing a self-unsubscribed or cleaned contact.</summary>
    public const string MemberInComplianceState = "Member In Compliance State";

    /// <summary>400 for writing a permanently deleted address.</summary>
    public const string ForgottenEmailNotSubscribed = "Forgotten Email Not Subscribed";

    /// <summary>400 for schema or validation failures.</summary>
    public const string InvalidResource = "Invalid Resource";

    /// <summary>400 for a body that is not JSON.</summary>
    public const string JsonParseError = "JSON Parse Error";

    /// <summary>404 for an unknown list, member, segment, campaign or category.</summary>
    public const string ResourceNotFound = "Resource Not Found";

    /// <summary>405 for a method the resource refuses.</summary>
    public const string MethodNotAllowed = "Method Not Allowed";

    /// <summary>401 without credentials.</summary>
    public const string ApiKeyMissing = "API Key Missing";

    /// <summary>401 with wrong credentials.</summary>
    public const string ApiKeyInvalid = "API Key Invalid";

    /// <summary>429 above the simultaneous connection limit.</summary>
    public const string TooManyRequests = "Too Many Requests";

    /// <summary>501 for an endpoint the emulator does not implement (not a Mailchimp title).</summary>
    public const string NotImplemented = "Not Implemented";
}
