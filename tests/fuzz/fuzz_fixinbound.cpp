// libFuzzer target for everything Ordo reads from a venue: raw bytes are
// parsed as a FIX 4.4 message against our data dictionary and, if they
// parse, decoded into a VenueEvent. Anything may be refused; nothing may
// crash, hang or leak.
//
//   cmake -S . -B build-fuzz -G Ninja -DORDO_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++
//   build-fuzz/tests/fuzz/fuzz_fixinbound -max_total_time=60 tests/fuzz/corpus

#include "fixconvert.h"

#include <quickfix/DataDictionary.h>
#include <quickfix/Message.h>

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const FIX::DataDictionary dictionary(ORDO_FIX44_XML);
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const FIX::Message message(text, dictionary, true);
        std::string error;
        (void)ordo::fix::decode(message, "FUZZ", error);
    } catch (const FIX::Exception&) {
        // refused: what the gateway does with it too
    }
    return 0;
}
