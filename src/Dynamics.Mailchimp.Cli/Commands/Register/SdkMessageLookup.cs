using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Queries;
using N = Dynamics.Mailchimp.Cli.Commands.Register.RegistrationNames;

namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>
/// Looks up, by name, the <c>sdkmessage</c> id of each message and the <c>sdkmessagefilter</c> id of each (message, table)
/// pair the steps use. System messages have the same ids in every organization, but filters of custom tables do not, and
/// not every message's id is published; so the organization is asked, as Microsoft's "Use messages with the SDK for .NET"
/// page queries them (<c>sdkmessagefilters?$filter=primaryobjecttypecode eq …&amp;$expand=sdkmessageid</c>).
/// </summary>
/// <param name="client">The Web API client.</param>
public sealed class SdkMessageLookup(IDataverseClient client)
{
    /// <summary>The message ids and filter ids of <paramref name="pairs"/>.</summary>
    /// <param name="pairs">(message, table) pairs.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>Message id by name, and filter id by (message, table).</returns>
    /// <exception cref="RegisterSourceException">The organization has no such message, or the message has no filter for the table.</exception>
    public async Task<SdkMessageIdsFound> FindAsync(IReadOnlyCollection<(string Message, string Table)> pairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var messages = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var message in pairs.Select(p => p.Message).Distinct(StringComparer.Ordinal))
        {
            var query = new DataverseQuery(N.Messages) { Select = [N.MessageId], Filter = $"{N.Name} eq '{Quote(message)}'" };
            messages[message] = await SingleIdAsync(query, N.MessageId, cancellationToken).ConfigureAwait(false)
                ?? throw new RegisterSourceException($"The organization has no SdkMessage named '{message}'.");
        }

        var filters = new Dictionary<(string, string), Guid>();
        foreach (var (message, table) in pairs.Distinct())
        {
            var query = new DataverseQuery(N.Filters)
            {
                Select = [N.FilterId],
                Filter = $"_{N.MessageId}_value eq {messages[message]:D} and {N.FilterTable} eq '{Quote(table)}'",
            };
            filters[(message, table)] = await SingleIdAsync(query, N.FilterId, cancellationToken).ConfigureAwait(false)
                ?? throw new RegisterSourceException($"The SdkMessage '{message}' has no SdkMessageFilter for the table '{table}': a step cannot be registered on it.");
        }

        return new SdkMessageIdsFound(messages, filters);
    }

    private async Task<Guid?> SingleIdAsync(DataverseQuery query, string idColumn, CancellationToken cancellationToken)
    {
        await foreach (var row in client.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            return row.GetProperty(idColumn).GetGuid();
        }

        return null;
    }

    private static string Quote(string value) => value.Replace("'", "''", StringComparison.Ordinal);
}
