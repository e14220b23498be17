// Boost.JSON used header-only: its compiled parts are built here, once, so neither the
// program nor the package needs the Boost.JSON library (OfferFileReader uses its basic_parser).
#include <boost/json/src.hpp>
