using System.Security.Cryptography;
using System.Text;
using Dynamics.Mailchimp.Solution.Registration;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>
/// The <c>sdkmessage</c> and <c>sdkmessagefilter</c> rows a real organization has for the messages and tables the declared
/// steps use, so that plug-in registration over the Web API can look them up by name (as it must in a real organization,
/// where custom tables' filters have organization-specific ids). Ids are derived from the names, so they are stable but
/// are not the platform's ids: nothing may rely on them except through a lookup.
/// </summary>
internal static class SdkMessageRows
{
    /// <summary>The message table.</summary>
    public const string MessageTable = "sdkmessage";

    /// <summary>The message filter table.</summary>
    public const string FilterTable = "sdkmessagefilter";

    /// <summary>The rows for <paramref name="registrations"/>' messages and tables; none when <paramref name="schema"/> lacks the two tables.</summary>
    /// <param name="schema">The organization's tables.</param>
    /// <param name="registrations">The declared steps.</param>
    /// <returns>Message rows first, then filter rows.</returns>
    public static IEnumerable<Entity> For(SchemaCatalog schema, PluginRegistrationManifest registrations)
    {
        if (!schema.Tables.ContainsKey(MessageTable) || !schema.Tables.ContainsKey(FilterTable))
        {
            yield break;
        }

        foreach (var message in registrations.Steps.Select(s => s.Message).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            yield return new Entity(MessageTable, IdOf(message)) { ["name"] = message };
        }

        foreach (var (message, table) in registrations.Steps.Select(s => (s.Message, s.Entity)).Distinct().Order())
        {
            yield return new Entity(FilterTable, IdOf(message + "/" + table))
            {
                ["name"] = message + " of " + table,
                ["primaryobjecttypecode"] = table,
                ["sdkmessageid"] = new EntityReference(MessageTable, IdOf(message)),
            };
        }
    }

    private static Guid IdOf(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("sdkmessage:" + name));
        return new Guid(hash.AsSpan(0, 16));
    }
}
