using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Creates organization services that act as a given user.</summary>
    public interface IOrganizationServiceFactory
    {
        /// <summary>A service acting as <paramref name="userId"/> (null = the SYSTEM user).</summary>
        IOrganizationService CreateOrganizationService(Guid? userId);
    }
}
