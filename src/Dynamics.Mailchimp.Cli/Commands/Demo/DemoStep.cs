namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>One CRM change of the demo and what the plug-ins did about it.</summary>
/// <param name="Action">What the user did.</param>
/// <param name="Expected">What the connector should queue.</param>
/// <param name="RowsQueued">Queue rows written.</param>
/// <param name="ExpectedRows">Queue rows the connector should write.</param>
/// <param name="Reads">Organization reads the plug-ins made.</param>
/// <param name="Writes">Organization writes the plug-ins made.</param>
/// <param name="Elapsed">Wall time of the whole operation, plug-ins included.</param>
public sealed record DemoStep(string Action, string Expected, int RowsQueued, int ExpectedRows, int Reads, int Writes, TimeSpan Elapsed)
{
    /// <summary>Whether the connector queued what it should.</summary>
    public bool Passed => RowsQueued == ExpectedRows;
}
