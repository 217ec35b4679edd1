namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>The organization's ids of the messages and message filters the steps use.</summary>
/// <param name="Messages">SdkMessage id by message name.</param>
/// <param name="Filters">SdkMessageFilter id by (message, table).</param>
public sealed record SdkMessageIdsFound(IReadOnlyDictionary<string, Guid> Messages, IReadOnlyDictionary<(string Message, string Table), Guid> Filters);
