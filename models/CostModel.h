#pragma once

#include "Catalog.h"
#include "Comparison.h"
#include "PriceBook.h"
#include "Scenario.h"

// Turns a scenario into a comparison with the rules of DESIGN.md. A pure function of its
// inputs: no I/O, no globals, no widgets.
namespace CostModel {

// Full: every line item has its label and every option its notes. TotalsOnly: the same
// figures without text, for callers that evaluate many variants (the scaling chart).
enum class Detail { Full, TotalsOnly };

// Labels and notes use the catalog text of the given language and the installed translator.
Comparison evaluate(const Scenario& scenario, const Catalog& catalog, const PriceBooks& prices,
                    Language language = Language::English, Detail detail = Detail::Full);
OptionResult evaluateOption(const Scenario& scenario, const Option& option, const Catalog& catalog,
                            const PriceBooks& prices, Language language = Language::English,
                            Detail detail = Detail::Full);

// The hours of a month that monthly prices (GB-month, instance-month) are prorated over: the
// AWS Pricing Calculator's 730.
inline constexpr double hoursPerMonth = 730;

// The Fargate size a task is billed at: the cheapest documented pair with at least the
// requested vCPU and memory for the OS; nullopt when none fits.
std::optional<TaskSize> fargateSize(const Catalog& catalog, double vcpu, double memoryGiB, const QString& os,
                                    double vcpuRate, double gbRate);

// How many tasks of a size fit on one host of a type after what the host keeps back.
int tasksPerHost(const InstanceType& type, const std::optional<HostReservation>& reservation, double vcpu,
                 double memoryGiB);
// The vCPU and memory (GiB) a host of this type keeps back.
QPair<double, double> reserved(const InstanceType& type, const std::optional<HostReservation>& reservation);

// Where an option's tasks run: its runtime, the one runtime its service has, or the service
// itself for services that choose their own (Lightsail, App Runner, Lambda).
QString placeOf(const Option& option, const Catalog& catalog);
// Whether the option's hosts are EC2 instances priced by their type (its runtime is EC2, or its
// service always runs on EC2: ROSA, self-managed EC2), so that an instance type can be named.
bool pricesHosts(const Option& option);
// Whether an option can mount a storage type (API-only storage is reachable from anywhere).
bool canMount(const Option& option, const QString& storageType, const Catalog& catalog);
// Whether a security service covers what an option runs on.
bool securityApplies(const Option& option, const QString& securityService, const Catalog& catalog);
// What the option's hosts keep back: the service's reservation with the option's overrides.
std::optional<HostReservation> hostReservation(const CatalogEntry& service, const Option& option);
// The same size for another architecture (c7i.large → c7g.large); nullptr when there is none.
const InstanceType* matchingInstanceType(const PriceBook& book, const InstanceType& type, const QString& arch);

// The option's label as the comparison shows it: its own, or one made for what is priced
// (the instance the option runs on after the checks, not only the one it names).
QString labelOf(const Scenario& scenario, const Option& option, const Catalog& catalog, const PriceBooks& prices,
                Language language);

// The label made for an option without one ("ECS on Fargate", "EKS on EC2 (c7i.large)").
QString defaultLabel(const Option& option, const Catalog& catalog, Language language);

} // namespace CostModel
