using Dynamics.Mailchimp.Plugins.Pipeline;

namespace Dynamics.Mailchimp.Plugins.Planning
{
    /// <summary>Resolves the member profile a plug-in runs for, or fails naming the record.</summary>
    public static class MemberProfiles
    {
        /// <summary>The profile of the run's primary table.</summary>
        /// <exception cref="PluginInputException">The step runs on a table that is not contact, lead or account.</exception>
        public static MemberProfile Of(PluginRun run) =>
            MemberProfile.Find(run.Context.PrimaryEntityName)
            ?? throw new PluginInputException($"{run.Event.PluginName} handles {MemberProfile.Describe()}; it ran on the {run.Event.Describe()}.");

        /// <summary>Fails unless the run's primary table is <paramref name="table"/>.</summary>
        public static void Require(PluginRun run, string table)
        {
            if (run.Context.PrimaryEntityName != table)
            {
                throw new PluginInputException($"{run.Event.PluginName} handles {table}; it ran on the {run.Event.Describe()}.");
            }
        }
    }
}
