using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Cli.Commands.Status;

/// <summary>The names <c>dmc status</c> prints for the <c>dmc_state</c> option values, in the order a row moves through them.</summary>
public static class QueueStateNames
{
    /// <summary>The name of a value no plug-in or job writes.</summary>
    public const string Unknown = "Unknown";

    /// <summary>Every state, in print order.</summary>
    public static readonly IReadOnlyList<(int Value, string Name)> All =
    [
        (QueueItemStates.Pending, nameof(QueueItemStates.Pending)),
        (QueueItemStates.Processing, nameof(QueueItemStates.Processing)),
        (QueueItemStates.Done, nameof(QueueItemStates.Done)),
        (QueueItemStates.Failed, nameof(QueueItemStates.Failed)),
        (QueueItemStates.Skipped, nameof(QueueItemStates.Skipped)),
        (QueueItemStates.Superseded, nameof(QueueItemStates.Superseded)),
    ];

    /// <summary>The name of <paramref name="value"/>, or <see cref="Unknown"/>.</summary>
    /// <param name="value">The <c>dmc_state</c> value; null when empty.</param>
    /// <returns>The name.</returns>
    public static string Of(int? value)
    {
        foreach (var (known, name) in All)
        {
            if (known == value)
            {
                return name;
            }
        }

        return Unknown;
    }
}
