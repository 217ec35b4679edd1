using System.Globalization;

namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>Where a rerun is killed: while its <see cref="Request"/>th request at one sandbox is held.</summary>
/// <param name="AtMailchimp">Whether the request is counted at the Mailchimp sandbox (else at the Dataverse one).</param>
/// <param name="Request">The 1-based request of the rerun at that sandbox.</param>
/// <param name="Cycles">How many cycles into the rerun the point was drawn.</param>
internal sealed record KillPoint(bool AtMailchimp, int Request, double Cycles)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(AtMailchimp ? "Mailchimp" : "Dataverse")} request {Request} ({Cycles:F2} cycles in)");
}
