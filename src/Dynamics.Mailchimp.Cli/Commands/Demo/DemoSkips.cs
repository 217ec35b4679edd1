using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>Reads the skip reasons the job wrote on the queue rows (<c>dmc_outcome</c>), one example per reason code.</summary>
public static class DemoSkips
{
    /// <summary>One reason text per code (the text before the first colon), from the Skipped rows.</summary>
    /// <param name="organization">The sandbox's organization.</param>
    /// <returns>Code → an example text.</returns>
    public static IReadOnlyDictionary<string, string> Read(InMemoryOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return organization.Rows(TableNames.QueueItem)
            .Where(row => row.GetAttributeValue<OptionSetValue>(QueueItemFields.State)?.Value == QueueItemStates.Skipped)
            .Select(row => row.GetAttributeValue<string>(QueueItemFields.Outcome))
            .OfType<string>()
            .SelectMany(outcome => outcome.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(Code, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
    }

    private static string Code(string reason)
    {
        var colon = reason.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? reason[..colon] : reason;
    }
}
