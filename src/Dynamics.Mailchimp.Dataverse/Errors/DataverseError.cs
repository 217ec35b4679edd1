namespace Dynamics.Mailchimp.Dataverse.Errors;

/// <summary>The OData error body <c>{"error":{"code":"0x…","message":"…"}}</c> with its annotations.</summary>
/// <param name="Code">Dataverse error code such as <c>0x80040217</c>; often empty and unrelated to the HTTP status.</param>
/// <param name="Message">The server's message.</param>
/// <param name="Annotations">Annotations such as <c>@Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus</c>, by name.</param>
public sealed record DataverseError(string Code, string Message, IReadOnlyDictionary<string, string> Annotations)
{
    /// <summary>An error with no details (the body was empty or not the OData shape).</summary>
    public static DataverseError Empty { get; } = new(string.Empty, string.Empty, new Dictionary<string, string>());
}
