namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>Several operations as one transaction, as a Web API change set runs.</summary>
public sealed partial class InMemoryOrganization
{
    /// <summary>
    /// Runs <paramref name="work"/> under the organization's lock as one transaction: everything it did (plug-in
    /// writes included) commits when it returns true, and is undone when it returns false or throws.
    /// </summary>
    /// <param name="work">The operations; they call services of this organization on the same thread.</param>
    /// <returns>Whether the transaction committed.</returns>
    public bool RunInTransaction(Func<bool> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using (_sync.Write())
        {
            _store.Begin();
            bool commit;
            try
            {
                commit = work();
            }
            catch
            {
                _store.Rollback();
                throw;
            }

            if (commit)
            {
                _store.Commit();
            }
            else
            {
                _store.Rollback();
            }

            return commit;
        }
    }
}
