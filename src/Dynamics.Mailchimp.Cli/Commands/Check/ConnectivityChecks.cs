using System.Net;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Errors;

namespace Dynamics.Mailchimp.Cli.Commands.Check;

/// <summary>Calls each service once with the configured credentials and says, per service, whether it answered.</summary>
public static class ConnectivityChecks
{
    /// <summary>Name of the Mailchimp check.</summary>
    public const string MailchimpName = "Mailchimp API key";

    /// <summary>Name of the Dataverse check.</summary>
    public const string DataverseName = "Dataverse connection";

    /// <summary><c>GET /ping</c> with the configured key.</summary>
    public static async Task<CheckResult> MailchimpAsync(IMailchimpClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        try
        {
            var ping = await client.PingAsync(cancellationToken).ConfigureAwait(false);
            return new CheckResult(MailchimpName, true, $"ping: {ping.HealthStatus}");
        }
        catch (MailchimpApiException e) when (e.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return new CheckResult(MailchimpName, false, $"Mailchimp refused the API key ({(int)e.StatusCode} {e.Title}). Check Mailchimp:ApiKey and its data-centre suffix.", ExitCodes.ServiceUnavailable);
        }
        catch (Exception e) when (IsUnreachable(e, cancellationToken))
        {
            return new CheckResult(MailchimpName, false, $"Mailchimp could not be reached: {e.Message}", ExitCodes.ServiceUnavailable);
        }
    }

    /// <summary><c>WhoAmI</c> with the configured credentials.</summary>
    public static async Task<CheckResult> DataverseAsync(IDataverseClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        try
        {
            var me = await client.WhoAmIAsync(cancellationToken).ConfigureAwait(false);
            return new CheckResult(DataverseName, true, $"WhoAmI: user {me.UserId}, organization {me.OrganizationId}");
        }
        catch (DataverseAuthorizationException e)
        {
            return new CheckResult(DataverseName, false, e.Message, ExitCodes.ServiceUnavailable);
        }
        catch (DataverseTokenAcquisitionException e)
        {
            return new CheckResult(DataverseName, false, e.Message, ExitCodes.ServiceUnavailable);
        }
        catch (Exception e) when (IsUnreachable(e, cancellationToken))
        {
            return new CheckResult(DataverseName, false, $"Dataverse could not be reached: {e.Message}", ExitCodes.ServiceUnavailable);
        }
    }

    private static bool IsUnreachable(Exception e, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && e is HttpRequestException or TimeoutException or TaskCanceledException or DataverseApiException or MailchimpApiException;
}
